using System.Reflection;
using Microsoft.Extensions.Options;
using Summarizer;
using Summarizer.Extensions.DependencyInjection;

namespace NewsSite;

/// <summary>Builds the site; <c>Program</c> runs it, and tests and the load run start it on a real port.</summary>
public static class NewsSiteApp
{
    /// <summary>Builds the site from <paramref name="args"/> (e.g. <c>--urls http://127.0.0.1:0</c>), then lets <paramref name="configure"/> change its services.</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // appsettings.json and the articles are copied beside the program: look for them there, whatever the working directory.
        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

        builder.Services.Configure<SummarizerOptions>(builder.Configuration.GetSection(SummarizerOptions.SectionName));
        builder.Services.AddSummarizer();
        builder.Services.AddOptions<SummarizerOptions>().ValidateOnStart();
        builder.Services.AddOptions<NewsSiteOptions>()
            .Bind(builder.Configuration.GetSection(NewsSiteOptions.SectionName))
            .Validate(o => o.MaxInputLength >= 1, "NewsSite:MaxInputLength must be at least 1.")
            .Validate(o => o.MaxRequestBytes >= 1, "NewsSite:MaxRequestBytes must be at least 1.")
            .ValidateOnStart();
        builder.Services.AddSingleton(provider =>
        {
            NewsSiteOptions options = provider.GetRequiredService<IOptions<NewsSiteOptions>>().Value;
            string folder = Path.GetFullPath(options.ArticlesPath, provider.GetRequiredService<IWebHostEnvironment>().ContentRootPath);
            return ArticleCatalog.Load(folder);
        });
        builder.Services.AddProblemDetails();
        configure?.Invoke(builder);

        WebApplication app = builder.Build();

        // Any unhandled failure becomes a bare 500 problem: no exception type, message or stack trace reaches a client.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = context =>
            {
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                return Results.Problem(statusCode: 500, title: "The server could not complete the request.").ExecuteAsync(context);
            },
        });
        app.UseStatusCodePages(); // empty 4xx/5xx answers (405, unknown routes) become problem details too
        app.Use(static (context, next) =>
        {
            IHeaderDictionary headers = context.Response.Headers;
            headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            return next(context);
        });

        app.MapGet("/", (ArticleCatalog catalog) => Html(ArticlePage.RenderIndex(catalog)));
        app.MapGet("/articles/{id}", ArticleAsync);
        app.MapPost("/api/summary", SummaryApi.HandleAsync);
        app.MapGet("/assets/{name}", Asset);
        app.MapGet("/favicon.ico", () => Results.NoContent());
        return app;
    }

    private static IResult ArticleAsync(string id, string? summary, HttpContext context, ArticleCatalog catalog, ISummarizer summarizer)
    {
        Article? article = catalog.Find(id);
        if (article is null)
            return Html(ArticlePage.RenderMessage("Article not found", $"There is no article '{id}'."), StatusCodes.Status404NotFound);
        if (summary is null)
            return Html(ArticlePage.Render(article, null, null, null));

        SummaryLength? length = SummaryApi.ParseLength(summary);
        if (length is null)
            return Html(ArticlePage.Render(article, null, null, $"'{summary}' is not a summary length: use a number of sentences (3), a percentage (20%) or words (100w)."), StatusCodes.Status400BadRequest);
        Summary result;
        try
        {
            result = summarizer.Summarize(article.Text, length, context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return Results.StatusCode(499); // the client has gone; nobody reads this
        }
        return Html(ArticlePage.Render(article, result, summary.Trim(), null));
    }

    private static IResult Asset(string name)
    {
        string? contentType = Path.GetExtension(name) switch
        {
            ".js" => "text/javascript; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            _ => null,
        };
        Stream? stream = contentType is null ? null : Assembly.GetExecutingAssembly().GetManifestResourceStream("Assets/" + name);
        return stream is null ? Results.NotFound() : Results.Stream(stream, contentType);
    }

    private static IResult Html(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", statusCode: status);
}
