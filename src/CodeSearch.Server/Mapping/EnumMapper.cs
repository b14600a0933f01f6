using CodeSearch.Core;
using Proto = CodeSearch.V1;

namespace CodeSearch.Server.Mapping;

/// <summary>Domain enums to and from their proto counterparts.</summary>
internal static class EnumMapper
{
    public static Proto.CodeSystem ToProto(CodeSystemId system) => system switch
    {
        CodeSystemId.Icd10Cm => Proto.CodeSystem.Icd10Cm,
        CodeSystemId.Icd10Pcs => Proto.CodeSystem.Icd10Pcs,
        CodeSystemId.Hcpcs => Proto.CodeSystem.Hcpcs,
        CodeSystemId.Cpt => Proto.CodeSystem.Cpt,
        _ => Proto.CodeSystem.Unspecified,
    };

    /// <summary>False for UNSPECIFIED and for numbers no enum value has.</summary>
    public static bool TryFromProto(Proto.CodeSystem system, out CodeSystemId result)
    {
        result = system switch
        {
            Proto.CodeSystem.Icd10Cm => CodeSystemId.Icd10Cm,
            Proto.CodeSystem.Icd10Pcs => CodeSystemId.Icd10Pcs,
            Proto.CodeSystem.Hcpcs => CodeSystemId.Hcpcs,
            Proto.CodeSystem.Cpt => CodeSystemId.Cpt,
            _ => 0,
        };
        return result != 0;
    }

    public static Proto.CodeKind ToProto(CodeKind kind) => kind switch
    {
        CodeKind.Code => Proto.CodeKind.Code,
        CodeKind.Header => Proto.CodeKind.Header,
        CodeKind.Modifier => Proto.CodeKind.Modifier,
        _ => Proto.CodeKind.Unspecified,
    };
}
