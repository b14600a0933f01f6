using CodeSearch.Server.Fhir;
using CodeSearch.Server.Hosting;
using CodeSearch.Server.Http;
using CodeSearch.Server.Telemetry;

// Settings ship beside the binary: the content root is the app folder, whatever the working directory
// (relative data paths in CodeSearch:Data still resolve against the working directory).
var timings = HostBuildTimings.Start(); // the main thread's parts of the host's start (log event 4884)
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.WebHost.UsePlaintextHttp2ByDefault().UseClientCertificateTrust();
builder.Services.AddCodeSearch(builder.Configuration);
builder.Services.AddCodeSearchHttp().AddCodeSearchFhir();
builder.Services.AddCodeSearchTelemetry(builder.Configuration);
timings.Mark(StartupStep.HostBuilder);

var app = builder.Build();
timings.Mark(StartupStep.HostBuild);
app.UseCodeSearchHttp();
app.MapCodeSearch();
app.MapCodeSearchFhir();
app.MapCodeSearchWorkbench();
timings.Mark(StartupStep.HostMap);
timings.Log(app.Services);
app.Run();

/// <summary>Entry point; public so integration tests can host it (WebApplicationFactory).</summary>
public partial class Program;
