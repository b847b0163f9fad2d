using System.Net;

namespace ParReport.Web.Tests;

/// <summary>Bodies over a page's cap are refused by their declared length, before the server reads them.</summary>
public class UploadLimitTest
{
    [Theory]
    [InlineData("/Check", 100)]
    [InlineData("/Reports/Form/{0}/an-phu-an-binh/III?handler=Upload", 10)]
    [InlineData("/Reports/Narrative/{0}/an-phu-an-binh/II.2", 5)]
    [InlineData("/api/requests", 5)]
    public async Task A_body_over_the_cap_is_refused_with_413_and_a_Vietnamese_page_having_read_almost_nothing(string page, int megabytes)
    {
        using var app = new ParReportApplication { EnvironmentName = "Production" };
        app.UseKestrel(0);
        app.StartServer();
        // A client that waits for the server's "100 Continue" as long as it takes: the body is sent only when asked for,
        // which the server does when something starts reading it.
        var client = new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromMinutes(1) }) { BaseAddress = app.CreateClient().BaseAddress };
        await ParReportApplication.LogInAsync(client, ParReportApplication.DemoUser, ParReportApplication.DemoPassword);
        var url = string.Format(page, await app.RequestIdAsync());
        var token = url.StartsWith("/api") ? "" : await ParReportApplication.TokenAsync(client, url.Split('?')[0]);
        var body = new CountingContent(megabytes * 1024L * 1024, token);
        client.DefaultRequestHeaders.ExpectContinue = true;

        try
        {
            var response = await client.PostAsync(url, body);
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            if (!url.StartsWith("/api")) Assert.Contains("Tệp quá lớn", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        }
        catch (HttpRequestException)
        {
            // The server answered and closed the connection while the client was still sending.
        }
        Assert.Equal(0, body.Sent);
    }

    /// <summary>A form post of a declared length, written lazily so that the test sees how much of it the server took.</summary>
    private sealed class CountingContent : HttpContent
    {
        private readonly long _length;
        private readonly byte[] _head;

        public CountingContent(long length, string token)
        {
            _length = length;
            _head = System.Text.Encoding.ASCII.GetBytes($"__RequestVerificationToken={Uri.EscapeDataString(token)}&text=");
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");
        }

        public long Sent { get; private set; }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(_head);
            Sent = _head.Length;
            await stream.FlushAsync();
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)'a');
            while (Sent < _length)
            {
                var size = (int)Math.Min(chunk.Length, _length - Sent);
                await stream.WriteAsync(chunk.AsMemory(0, size));
                Sent += size;
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _length;
            return true;
        }
    }
}
