namespace CodeSearch.Suggestions.Neoplasms;

/// <summary>
/// One site row of the Neoplasm Table as the matcher uses it: the stems a note must name (the titles from the site's
/// main subterm down, nonessential modifiers left out) and the code printed in each column.
/// </summary>
/// <param name="Stems">Distinct stems of the site's wording ("kidney", "pelvis" for Neoplasm › kidney › pelvis).</param>
/// <param name="Title">The path as printed, for the rationale ("kidney › pelvis").</param>
/// <param name="Level">Depth below the main term (1 for "liver").</param>
/// <param name="Cells">Undotted code per <see cref="NeoplasmBehaviour"/> column, ending in '-' when the table asks for
/// more characters ("C797-"); null where the column is empty.</param>
/// <param name="Order">Position in the table.</param>
public sealed record NeoplasmSite(string[] Stems, string Title, int Level, string?[] Cells, int Order);
