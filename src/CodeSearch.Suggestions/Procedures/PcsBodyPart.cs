namespace CodeSearch.Suggestions.Procedures;

/// <summary>
/// One body part of one ICD-10-PCS table (a 4-character prefix such as 0FT4, "Resection" × "Gallbladder"), read from
/// the release's own code titles.
/// </summary>
/// <param name="Prefix">Section, body system, root operation (or type) and body part: the first 4 characters.</param>
/// <param name="Operation">The table's root operation or imaging type as its header names it ("Resection").</param>
/// <param name="Label">The body-part label's stems ("gallbladder"; "right", "kidney").</param>
/// <param name="Approaches">The 5th-character values under the prefix with their label stems (surgical tables:
/// the approach; imaging: the contrast).</param>
public sealed record PcsBodyPart(string Prefix, string Operation, string[] Label, IReadOnlyList<PcsApproach> Approaches);

/// <summary>A 5th-character value under a body part: its 5-character prefix and label stems ("open"; "percutaneous",
/// "endoscopic").</summary>
public sealed record PcsApproach(string Prefix, string[] Label);
