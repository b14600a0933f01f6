namespace CodeSearch.Suggestions.Text;

/// <summary>
/// Per-character folding of accented Latin letters, ligatures, super/subscript digits and typographic
/// punctuation to lower-case ASCII (an NFKD-and-strip-marks approximation).
/// </summary>
/// <remarks>
/// The table is generated once from Unicode 14 data (NFKD, combining marks dropped, lower-cased, kept only when
/// the result is ASCII) rather than calling <see cref="string.Normalize(System.Text.NormalizationForm)"/> at run
/// time: the repository runs with InvariantGlobalization, where normalisation is a no-op, and a table keeps
/// results identical on every machine. Covered blocks: Latin-1 Supplement, Latin Extended-A/B, Latin Extended
/// Additional, super/subscripts, Latin ligatures, plus curly quotes, dashes, the ellipsis and the minus sign.
/// Full-width ASCII (U+FF01..U+FF5E) is folded arithmetically.
/// </remarks>
internal static class CharFolding
{
    private const string Sources =
        "\u00AA\u00B2\u00B3\u00B9\u00BA\u00C0\u00C1\u00C2\u00C3\u00C4\u00C5\u00C7\u00C8\u00C9\u00CA\u00CB" +
        "\u00CC\u00CD\u00CE\u00CF\u00D0\u00D1\u00D2\u00D3\u00D4\u00D5\u00D6\u00D8\u00D9\u00DA\u00DB\u00DC" +
        "\u00DD\u00E0\u00E1\u00E2\u00E3\u00E4\u00E5\u00E7\u00E8\u00E9\u00EA\u00EB\u00EC\u00ED\u00EE\u00EF" +
        "\u00F0\u00F1\u00F2\u00F3\u00F4\u00F5\u00F6\u00F8\u00F9\u00FA\u00FB\u00FC\u00FD\u00FF\u0100\u0101" +
        "\u0102\u0103\u0104\u0105\u0106\u0107\u0108\u0109\u010A\u010B\u010C\u010D\u010E\u010F\u0110\u0111" +
        "\u0112\u0113\u0114\u0115\u0116\u0117\u0118\u0119\u011A\u011B\u011C\u011D\u011E\u011F\u0120\u0121" +
        "\u0122\u0123\u0124\u0125\u0128\u0129\u012A\u012B\u012C\u012D\u012E\u012F\u0130\u0131\u0134\u0135" +
        "\u0136\u0137\u0139\u013A\u013B\u013C\u013D\u013E\u0141\u0142\u0143\u0144\u0145\u0146\u0147\u0148" +
        "\u014C\u014D\u014E\u014F\u0150\u0151\u0154\u0155\u0156\u0157\u0158\u0159\u015A\u015B\u015C\u015D" +
        "\u015E\u015F\u0160\u0161\u0162\u0163\u0164\u0165\u0168\u0169\u016A\u016B\u016C\u016D\u016E\u016F" +
        "\u0170\u0171\u0172\u0173\u0174\u0175\u0176\u0177\u0178\u0179\u017A\u017B\u017C\u017D\u017E\u017F" +
        "\u01A0\u01A1\u01AF\u01B0\u01CD\u01CE\u01CF\u01D0\u01D1\u01D2\u01D3\u01D4\u01D5\u01D6\u01D7\u01D8" +
        "\u01D9\u01DA\u01DB\u01DC\u01DE\u01DF\u01E0\u01E1\u01E6\u01E7\u01E8\u01E9\u01EA\u01EB\u01EC\u01ED" +
        "\u01F0\u01F4\u01F5\u01F8\u01F9\u01FA\u01FB\u0200\u0201\u0202\u0203\u0204\u0205\u0206\u0207\u0208" +
        "\u0209\u020A\u020B\u020C\u020D\u020E\u020F\u0210\u0211\u0212\u0213\u0214\u0215\u0216\u0217\u0218" +
        "\u0219\u021A\u021B\u021E\u021F\u0226\u0227\u0228\u0229\u022A\u022B\u022C\u022D\u022E\u022F\u0230" +
        "\u0231\u0232\u0233\u1E00\u1E01\u1E02\u1E03\u1E04\u1E05\u1E06\u1E07\u1E08\u1E09\u1E0A\u1E0B\u1E0C" +
        "\u1E0D\u1E0E\u1E0F\u1E10\u1E11\u1E12\u1E13\u1E14\u1E15\u1E16\u1E17\u1E18\u1E19\u1E1A\u1E1B\u1E1C" +
        "\u1E1D\u1E1E\u1E1F\u1E20\u1E21\u1E22\u1E23\u1E24\u1E25\u1E26\u1E27\u1E28\u1E29\u1E2A\u1E2B\u1E2C" +
        "\u1E2D\u1E2E\u1E2F\u1E30\u1E31\u1E32\u1E33\u1E34\u1E35\u1E36\u1E37\u1E38\u1E39\u1E3A\u1E3B\u1E3C" +
        "\u1E3D\u1E3E\u1E3F\u1E40\u1E41\u1E42\u1E43\u1E44\u1E45\u1E46\u1E47\u1E48\u1E49\u1E4A\u1E4B\u1E4C" +
        "\u1E4D\u1E4E\u1E4F\u1E50\u1E51\u1E52\u1E53\u1E54\u1E55\u1E56\u1E57\u1E58\u1E59\u1E5A\u1E5B\u1E5C" +
        "\u1E5D\u1E5E\u1E5F\u1E60\u1E61\u1E62\u1E63\u1E64\u1E65\u1E66\u1E67\u1E68\u1E69\u1E6A\u1E6B\u1E6C" +
        "\u1E6D\u1E6E\u1E6F\u1E70\u1E71\u1E72\u1E73\u1E74\u1E75\u1E76\u1E77\u1E78\u1E79\u1E7A\u1E7B\u1E7C" +
        "\u1E7D\u1E7E\u1E7F\u1E80\u1E81\u1E82\u1E83\u1E84\u1E85\u1E86\u1E87\u1E88\u1E89\u1E8A\u1E8B\u1E8C" +
        "\u1E8D\u1E8E\u1E8F\u1E90\u1E91\u1E92\u1E93\u1E94\u1E95\u1E96\u1E97\u1E98\u1E99\u1E9B\u1EA0\u1EA1" +
        "\u1EA2\u1EA3\u1EA4\u1EA5\u1EA6\u1EA7\u1EA8\u1EA9\u1EAA\u1EAB\u1EAC\u1EAD\u1EAE\u1EAF\u1EB0\u1EB1" +
        "\u1EB2\u1EB3\u1EB4\u1EB5\u1EB6\u1EB7\u1EB8\u1EB9\u1EBA\u1EBB\u1EBC\u1EBD\u1EBE\u1EBF\u1EC0\u1EC1" +
        "\u1EC2\u1EC3\u1EC4\u1EC5\u1EC6\u1EC7\u1EC8\u1EC9\u1ECA\u1ECB\u1ECC\u1ECD\u1ECE\u1ECF\u1ED0\u1ED1" +
        "\u1ED2\u1ED3\u1ED4\u1ED5\u1ED6\u1ED7\u1ED8\u1ED9\u1EDA\u1EDB\u1EDC\u1EDD\u1EDE\u1EDF\u1EE0\u1EE1" +
        "\u1EE2\u1EE3\u1EE4\u1EE5\u1EE6\u1EE7\u1EE8\u1EE9\u1EEA\u1EEB\u1EEC\u1EED\u1EEE\u1EEF\u1EF0\u1EF1" +
        "\u1EF2\u1EF3\u1EF4\u1EF5\u1EF6\u1EF7\u1EF8\u1EF9\u2010\u2011\u2012\u2013\u2014\u2015\u2018\u2019" +
        "\u201A\u201B\u201C\u201D\u201E\u2044\u2070\u2071\u2074\u2075\u2076\u2077\u2078\u2079\u207F\u2080" +
        "\u2081\u2082\u2083\u2084\u2085\u2086\u2087\u2088\u2089\u2090\u2091\u2092\u2093\u2095\u2096\u2097" +
        "\u2098\u2099\u209A\u209B\u209C\u2212";

    private const string Targets =
        "a231oaaaaaaceeeeiiiidnoooooouuuuyaaaaaaceeeeiiiidnoooooouuuuyyaa" +
        "aaaaccccccccddddeeeeeeeeeegggggggghhiiiiiiiiiijjkkllllllllnnnnnn" +
        "oooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzzsoouuaaiioouuuuuu" +
        "uuuuaaaaggkkoooojggnnaaaaaaeeeeiiiioooorrrruuuusstthhaaeeooooooo" +
        "oyyaabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkklllllll" +
        "lmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuv" +
        "vvvwwwwwwwwwwxxxxyyzzzzzzhtwysaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeee" +
        "eeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy------''" +
        "''\u0022\u0022\u0022/0i456789n0123456789aeoxhklmnpst-";

    private static readonly Dictionary<char, string> Table = Build();

    /// <summary>The ASCII replacement for <paramref name="c"/>, or null when it has none.</summary>
    public static string? Fold(char c)
    {
        if (c < '\u00A0')
        {
            return null;
        }

        if (c >= '\uFF01' && c <= '\uFF5E')
        {
            return char.ToLowerInvariant((char)(c - 0xFEE0)).ToString();
        }

        return Table.GetValueOrDefault(c);
    }

    private static Dictionary<char, string> Build()
    {
        var table = new Dictionary<char, string>
        {
        ['\u00C6'] = "ae",
        ['\u00DE'] = "th",
        ['\u00DF'] = "ss",
        ['\u00E6'] = "ae",
        ['\u00FE'] = "th",
        ['\u0132'] = "ij",
        ['\u0133'] = "ij",
        ['\u0152'] = "oe",
        ['\u0153'] = "oe",
        ['\u01C4'] = "dz",
        ['\u01C5'] = "dz",
        ['\u01C6'] = "dz",
        ['\u01C7'] = "lj",
        ['\u01C8'] = "lj",
        ['\u01C9'] = "lj",
        ['\u01CA'] = "nj",
        ['\u01CB'] = "nj",
        ['\u01CC'] = "nj",
        ['\u01F1'] = "dz",
        ['\u01F2'] = "dz",
        ['\u01F3'] = "dz",
        ['\u2026'] = "\u002E\u002E\u002E",
        ['\u2122'] = "tm",
        ['\uFB00'] = "ff",
        ['\uFB01'] = "fi",
        ['\uFB02'] = "fl",
        ['\uFB03'] = "ffi",
        ['\uFB04'] = "ffl",
        ['\uFB05'] = "st",
        ['\uFB06'] = "st",
        };
        for (var i = 0; i < Sources.Length; i++)
        {
            table[Sources[i]] = Targets[i].ToString();
        }

        return table;
    }
}
