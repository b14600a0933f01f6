namespace CodeSearch.Core.Reference;

/// <summary>
/// Strings held in their stored form (a stored generation's reference.bin string table) and decoded each time one is
/// read, for texts that are many, large together and seldom read (<see cref="TabularNode.Description"/>).
/// </summary>
public interface IStoredText
{
    /// <summary>String <paramref name="number"/> of the store, decoded for this call.</summary>
    string Read(int number);
}
