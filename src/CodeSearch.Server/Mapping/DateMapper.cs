using GoogleDate = Google.Type.Date;

namespace CodeSearch.Server.Mapping;

/// <summary>google.type.Date to and from DateOnly.</summary>
internal static class DateMapper
{
    public static GoogleDate? ToProto(DateOnly? date) =>
        date is { } d ? new GoogleDate { Year = d.Year, Month = d.Month, Day = d.Day } : null;

    /// <summary>Null when unset; false when set but not a full calendar date in 1900..9999.</summary>
    public static bool TryFromProto(GoogleDate? date, out DateOnly? result)
    {
        result = null;
        if (date is null) return true;
        if (date.Year < 1900 || date.Year > 9999 || date.Month is < 1 or > 12 || date.Day < 1
            || date.Day > DateTime.DaysInMonth(date.Year, date.Month))
        {
            return false;
        }
        result = new DateOnly(date.Year, date.Month, date.Day);
        return true;
    }
}
