// A small news site serving the repository's sample articles, each with a "No time to read? Get a summary" button.
//   dotnet run --project samples/NewsSite            then open the printed URL
// Settings: appsettings.json ("Summarizer" for the summarizer, "NewsSite" for the site), environment variables
// (Summarizer__DefaultLength=2) and the command line (--urls http://127.0.0.1:5080).
using NewsSite;

WebApplication app = NewsSiteApp.Build(args);
await app.RunAsync();

/// <summary>The entry point, public so that tests can start the site with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
