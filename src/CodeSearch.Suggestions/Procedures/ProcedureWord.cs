namespace CodeSearch.Suggestions.Procedures;

/// <summary>One row of Data/pcs-procedure-words.tsv, its words stemmed (stop words dropped).</summary>
/// <param name="Kind">What the row names.</param>
/// <param name="Phrase">The wording as written (for the rationale).</param>
/// <param name="Stems">Stems of <paramref name="Phrase"/>: all must be in a sentence.</param>
/// <param name="Operation">Root operation or imaging type as the table headers name it; empty for approach and body-part rows.</param>
/// <param name="BodyPart">Stems of the table's body-part label (procedure rows) or of the label words a lay form stands
/// for (body-part rows); empty otherwise.</param>
/// <param name="Approach">Stems of the approach label (approach rows; optional on procedure rows).</param>
/// <param name="Qualifier">Stems the chosen code's title should hold ("diagnostic"); may be empty.</param>
public sealed record ProcedureWord(ProcedureWordKind Kind, string Phrase, string[] Stems, string Operation, string[] BodyPart,
    string[] Approach, string[] Qualifier);
