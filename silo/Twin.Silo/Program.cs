using Twin.Silo.Access;
using Twin.Silo.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddTwinConfiguration(args);
builder.AddTwinAccess();
builder.AddTwinSilo();

var app = builder.Build();
app.MapTwinEndpoints();
await app.RunAsync();
