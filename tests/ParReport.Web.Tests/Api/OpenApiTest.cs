using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ParReport.Web.Tests.Api;

/// <summary>The OpenAPI document describes every endpoint of the API, with the token scheme, and is readable without logging in, as is its reference page.</summary>
public partial class OpenApiTest : IClassFixture<ParReportApplication>
{
    private readonly ParReportApplication _app;

    public OpenApiTest(ParReportApplication app) => _app = app;

    [Fact]
    public async Task The_document_is_valid_JSON_of_OpenAPI_3_and_has_every_API_endpoint_of_the_app_with_its_method()
    {
        var response = await _app.CreateClient().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement;
        Assert.StartsWith("3.", root.GetProperty("openapi").GetString());
        Assert.Equal("ParReport API", root.GetProperty("info").GetProperty("title").GetString());
        Assert.Equal("http", root.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("type").GetString());
        var paths = root.GetProperty("paths");

        var endpoints = _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/v1", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Path: Normalise(e.RoutePattern.RawText!), Method: m.ToLowerInvariant())))
            .ToList();
        Assert.True(endpoints.Count >= 15, $"{endpoints.Count} endpoints");
        foreach (var (path, method) in endpoints)
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is not in the document");
            Assert.True(item.TryGetProperty(method, out var operation), $"{method} {path} is not in the document");
            Assert.True(operation.GetProperty("responses").EnumerateObject().Any(r => r.Name.StartsWith('2')), $"{method} {path} has no success response");
        }
        // Nothing but the API is described.
        Assert.All(paths.EnumerateObject(), p => Assert.StartsWith("/api/v1/", p.Name));
        // Response shapes are described, refusals as problem details.
        var report = paths.GetProperty("/api/v1/requests/{requestId}/reports/{unitCode}").GetProperty("get").GetProperty("responses");
        Assert.True(report.GetProperty("200").GetProperty("content").GetProperty("application/json").TryGetProperty("schema", out _));
        foreach (var status in new[] { "401", "403", "404" })
            Assert.True(report.GetProperty(status).GetProperty("content").TryGetProperty("application/problem+json", out _), status);
        var put = paths.GetProperty("/api/v1/requests/{requestId}/reports/{unitCode}/values").GetProperty("put");
        Assert.True(put.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        foreach (var status in new[] { "400", "409", "422" }) Assert.True(put.GetProperty("responses").TryGetProperty(status, out _), status);
    }

    [Fact]
    public async Task The_interactive_reference_is_served_at_scalar_without_logging_in()
    {
        var client = _app.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync("/scalar");
        if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.MovedPermanently) response = await client.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("ParReport API", page);
        Assert.True(page.Contains("openapi/v1.json") || page.Contains("openapi/{documentName}.json"), page);
    }

    /// <summary>A route as the document names it: "/api/v1/requests/{requestId:int}/aggregate/{**key}" → "/api/v1/requests/{requestId}/aggregate/{key}".</summary>
    private static string Normalise(string route) => "/" + Parameter().Replace(route.Trim('/'), "{$1}");

    [GeneratedRegex(@"\{\*{0,2}([A-Za-z0-9_]+)[^}]*\}")]
    private static partial Regex Parameter();
}
