using System.Text.RegularExpressions;

namespace CodeSearch.Core.Vocabulary;

/// <summary>
/// A pair of spinal levels as surgeons write them ("c5-c6", "l4-5", "l5-s1", "t12-l1") read as the joint or joints the
/// ICD-10-PCS tables name (docs/search.md, "Spinal levels"): one joint of a region ("c5-c6" → cervical vertebral joint),
/// several ("l3-l5" → 2 or more lumbar vertebral joints; thoracic "2 to 7" or "8 or more"), or the joint between two
/// regions ("l5-s1" → lumbosacral joint, "c7-t1" → cervicothoracic, "t12-l1" → thoracolumbar). Read in ICD-10-PCS only.
/// </summary>
public static partial class VertebralLevels
{
    [GeneratedRegex(@"^(?<r1>[ctl])(?<n1>\d{1,2})-(?<r2>[ctls])?(?<n2>\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex LevelPair();

    private static readonly Dictionary<char, (string Name, int Levels)> Regions = new()
    {
        ['c'] = ("cervical", 7),
        ['t'] = ("thoracic", 12),
        ['l'] = ("lumbar", 5),
    };

    /// <summary>The joint words for <paramref name="word"/> (lower case), or null when it is not a pair of levels.</summary>
    public static string? Read(string word)
    {
        var m = LevelPair().Match(word);
        if (!m.Success) return null;
        var r1 = m.Groups["r1"].Value[0];
        var r2 = m.Groups["r2"].Success ? m.Groups["r2"].Value[0] : r1;
        var n1 = int.Parse(m.Groups["n1"].Value);
        var n2 = int.Parse(m.Groups["n2"].Value);
        var (name, levels) = Regions[r1];
        if (n1 < 1 || n1 > levels) return null;
        if (r1 != r2)
        {
            // Only the last level of one region beside the first of the next.
            return (r1, r2, n1 == levels, n2 == 1) switch
            {
                ('c', 't', true, true) => "cervicothoracic vertebral joint",
                ('t', 'l', true, true) => "thoracolumbar vertebral joint",
                ('l', 's', true, true) => "lumbosacral joint",
                _ => null,
            };
        }
        if (n2 <= n1 || n2 > levels) return null;
        var joints = n2 - n1;
        if (joints == 1) return $"{name} vertebral joint";
        if (r1 != 't') return $"2 or more {name} vertebral joints";
        return joints <= 7 ? "2 to 7 thoracic vertebral joints" : "8 or more thoracic vertebral joints";
    }
}
