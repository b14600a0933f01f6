using CodeSearch.Server.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddCodeSearch(builder.Configuration);

var app = builder.Build();
app.MapCodeSearch();
app.Run();

/// <summary>Entry point; public so integration tests can host it (WebApplicationFactory-style).</summary>
public partial class Program;
