using Grpc.Net.Client.Balancer;
using Microsoft.Extensions.Logging;

namespace CodeSearch.Replicas;

/// <summary>
/// Resolves <c>file:///path</c> to the <c>host:port</c> lines of that file, re-read every half second: the loopback
/// stand-in for a Kubernetes headless Service, whose DNS answer changes as pods come and go during a rollout.
/// </summary>
internal sealed class FileResolver(string path, ILoggerFactory loggers) : PollingResolver(loggers)
{
    private Timer? _timer;

    protected override void OnStarted()
    {
        base.OnStarted();
        _timer = new Timer(_ => Refresh(), null, TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(500));
    }

    protected override async Task ResolveAsync(CancellationToken cancellationToken)
    {
        var lines = await File.ReadAllLinesAsync(path, cancellationToken);
        var addresses = lines.Select(l => l.Trim()).Where(l => l.Length > 0)
            .Select(l => l.Split(':'))
            .Select(p => new BalancerAddress(p[0], int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        Listener(ResolverResult.ForResult(addresses));
    }

    protected override void Dispose(bool disposing)
    {
        _timer?.Dispose();
        base.Dispose(disposing);
    }
}

/// <summary>Creates <see cref="FileResolver"/> for the <c>file</c> scheme.</summary>
internal sealed class FileResolverFactory : ResolverFactory
{
    public override string Name => "file";

    public override Resolver Create(ResolverOptions options) => new FileResolver(options.Address.AbsolutePath, options.LoggerFactory);
}
