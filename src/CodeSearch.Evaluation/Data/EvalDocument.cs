using CodeSearch.Core;

namespace CodeSearch.Evaluation.Data;

/// <summary>One row of an evaluation file.</summary>
/// <param name="Id">Row id, e.g. "codiesp:dev:S0004-..." or "do_icd10cm:DOID:11518:1".</param>
/// <param name="Text">The note or phrase (PHI-like: never printed or logged).</param>
/// <param name="Gold">Gold codes as the file gives them (ICD-10-CM dotted, ICD-10-PCS undotted).</param>
/// <param name="System">The code system of the gold codes.</param>
/// <param name="GoldHasCategoryOnly">True when the file says some gold code is only a 3-character category.</param>
/// <param name="Kind">The row's own kind field (phrase sets: "primary" or "synonym"), if any.</param>
public sealed record EvalDocument(
    string Id,
    string Text,
    IReadOnlyList<string> Gold,
    CodeSystemId System,
    bool GoldHasCategoryOnly = false,
    string? Kind = null);
