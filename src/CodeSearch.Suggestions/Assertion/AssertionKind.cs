namespace CodeSearch.Suggestions.Assertion;

/// <summary>What a note says about a mention (the API's assertion enum).</summary>
public enum AssertionKind
{
    /// <summary>The patient has it now (the default).</summary>
    Present,

    /// <summary>Explicitly absent: "denies chest pain", "no evidence of pneumonia".</summary>
    Negated,

    /// <summary>Uncertain: "possible pneumonia", "r/o MI", "cannot exclude PE".</summary>
    Possible,

    /// <summary>In the past: "history of MI", "s/p CABG", or listed under past medical history.</summary>
    Historical,

    /// <summary>Someone other than the patient: "mother has breast cancer", or listed under family history.</summary>
    Family,

    /// <summary>
    /// Not a fact about the patient: a condition named only as something that might happen, be prevented or be
    /// looked for ("return if fever develops", "prophylaxis of deep vein thrombosis", "risk of bleeding").
    /// </summary>
    Hypothetical,
}
