using CodeSearch.Server.Fhir;
using CodeSearch.Server.Hosting;
using CodeSearch.Server.Http;
using CodeSearch.Server.Telemetry;

// Settings ship beside the binary: the content root is the app folder, whatever the working directory
// (relative data paths in CodeSearch:Data still resolve against the working directory).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.WebHost.UsePlaintextHttp2ByDefault().UseClientCertificateTrust();
builder.Services.AddCodeSearch(builder.Configuration);
builder.Services.AddCodeSearchHttp().AddCodeSearchFhir();
builder.Services.AddCodeSearchTelemetry(builder.Configuration);

var app = builder.Build();
app.UseCodeSearchHttp();
app.MapCodeSearch();
app.MapCodeSearchFhir();
app.MapCodeSearchWorkbench();
app.Run();

/// <summary>Entry point; public so integration tests can host it (WebApplicationFactory).</summary>
public partial class Program;
