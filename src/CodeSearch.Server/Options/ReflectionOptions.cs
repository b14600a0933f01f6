namespace CodeSearch.Server.Options;

/// <summary>gRPC server reflection (grpcurl's schema discovery). Section <c>CodeSearch:Reflection</c>.</summary>
public sealed class ReflectionOptions
{
    public const string Section = "CodeSearch:Reflection";

    /// <summary>Serve grpc.reflection. Default: true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Reflection needs an authenticated caller (only while CodeSearch:Auth:Enabled). Default: false (the schema is public).</summary>
    public bool RequireAuth { get; set; }
}
