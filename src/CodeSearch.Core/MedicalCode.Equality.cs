using CodeSearch.Core.Catalog;

namespace CodeSearch.Core;

// Value equality over the properties, written out because the descriptions may be held as a string or as a slot of
// a CatalogText: a code read from a catalog equals the same code built from strings. A property added to MedicalCode
// must be added here too (MedicalCodeTests checks every property takes part).
public sealed partial record MedicalCode
{
    /// <summary>True when every property is equal (descriptions compared as text, however they are held).</summary>
    public bool Equals(MedicalCode? other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (other is null) return false;
        return System == other.System && Code == other.Code && Kind == other.Kind && Billable == other.Billable
               && ParentCode == other.ParentCode && Order == other.Order && ReleaseId == other.ReleaseId
               && Change == other.Change && AddDate == other.AddDate && ActionEffectiveDate == other.ActionEffectiveDate
               && TerminationDate == other.TerminationDate && ActionCode == other.ActionCode && SameDescriptions(other);
    }

    /// <summary>A hash of the identifying properties (system, code, release, order).</summary>
    public override int GetHashCode() => HashCode.Combine(System, Code, ReleaseId, Order);

    private bool SameDescriptions(MedicalCode other) =>
        _descriptions is CatalogText text && other._descriptions is CatalogText otherText
            ? text.SameText(_slot, otherText, other._slot)
            : Description == other.Description && ShortDescription == other.ShortDescription;
}
