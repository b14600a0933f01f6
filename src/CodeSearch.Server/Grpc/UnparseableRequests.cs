using Google.Protobuf;
using Grpc.Core;
using Proto = CodeSearch.V1;

namespace CodeSearch.Server.Grpc;

/// <summary>
/// Binds the services with request deserializers that turn a message protobuf cannot parse (truncated, or a string field
/// that is not valid UTF-8, as a non-C# client may send) into INVALID_ARGUMENT. grpc-dotnet deserializes before any
/// interceptor runs and would otherwise answer UNKNOWN. Response serializers write the kept bytes of cached responses
/// (<see cref="Caching.SerializedResponses"/>). Used through <see cref="BindServiceMethodAttribute"/> on the
/// service classes in place of the generated BindService.
/// </summary>
internal static class UnparseableRequests
{
    /// <summary>
    /// Binding of CodeLookup. JSON transcoding looks for a static <c>Descriptor</c> on the type declaring the bind
    /// method (as on generated service classes), so each service has its own binding class.
    /// </summary>
    public static class CodeLookup
    {
        public static Google.Protobuf.Reflection.ServiceDescriptor Descriptor => Proto.CodeLookup.Descriptor;

        public static void Bind(ServiceBinderBase binder, Proto.CodeLookup.CodeLookupBase service) =>
            Proto.CodeLookup.BindService(new Binder(binder), service);
    }

    /// <summary>Binding of CodingSuggestions (see <see cref="CodeLookup"/>).</summary>
    public static class CodingSuggestions
    {
        public static Google.Protobuf.Reflection.ServiceDescriptor Descriptor => Proto.CodingSuggestions.Descriptor;

        public static void Bind(ServiceBinderBase binder, Proto.CodingSuggestions.CodingSuggestionsBase service) =>
            Proto.CodingSuggestions.BindService(new Binder(binder), service);
    }

    private static Method<TRequest, TResponse> Guarded<TRequest, TResponse>(Method<TRequest, TResponse> method)
        where TRequest : class where TResponse : class
    {
        var inner = method.RequestMarshaller;
        var request = new Marshaller<TRequest>(inner.ContextualSerializer, context =>
        {
            try
            {
                return inner.ContextualDeserializer(context);
            }
            catch (InvalidProtocolBufferException ex)
            {
                throw ErrorMapping.UnparseableRequest(ex);
            }
        });
        var responses = method.ResponseMarshaller;
        var response = new Marshaller<TResponse>(Caching.SerializedResponses.Serializer(responses.ContextualSerializer), responses.ContextualDeserializer);
        return new Method<TRequest, TResponse>(method.Type, method.ServiceName, method.Name, request, response);
    }

    /// <summary>Forwards every method to the real binder with its request deserializer guarded.</summary>
    private sealed class Binder(ServiceBinderBase inner) : ServiceBinderBase
    {
        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, UnaryServerMethod<TRequest, TResponse>? handler) =>
            inner.AddMethod(Guarded(method), handler);

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ClientStreamingServerMethod<TRequest, TResponse>? handler) =>
            inner.AddMethod(Guarded(method), handler);

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ServerStreamingServerMethod<TRequest, TResponse>? handler) =>
            inner.AddMethod(Guarded(method), handler);

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, DuplexStreamingServerMethod<TRequest, TResponse>? handler) =>
            inner.AddMethod(Guarded(method), handler);
    }
}
