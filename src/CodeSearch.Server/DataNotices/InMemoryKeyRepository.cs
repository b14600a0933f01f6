using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace CodeSearch.Server.DataNotices;

/// <summary>
/// Data-protection keys kept in memory for the life of the process. Nothing the server does needs them to survive a
/// restart (no cookies, no antiforgery; page tokens carry their own HMAC), and a container has no folder that would.
/// </summary>
internal sealed class InMemoryKeyRepository : IXmlRepository
{
    private readonly List<XElement> _elements = [];
    private readonly Lock _lock = new();

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        lock (_lock) return _elements.Select(e => new XElement(e)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        lock (_lock) _elements.Add(new XElement(element));
    }
}
