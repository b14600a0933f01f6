namespace CodeSearch.Suggestions.Procedures;

/// <summary>What <see cref="ProcedureTerms.Compose"/> builds for one ICD-10-PCS release.</summary>
/// <param name="Terms">Wordings of each body part's usual code.</param>
/// <param name="Approaches">The code under each approach of those usual codes' body parts.</param>
public sealed record ComposedProcedures(IReadOnlyList<ComposedTerm> Terms, PcsApproachMap Approaches);
