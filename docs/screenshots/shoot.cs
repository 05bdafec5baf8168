#:package Microsoft.Playwright@1.64.1
#:property PublishAot=false
#:property ManagePackageVersionsCentrally=false

// Takes the portal's screenshots for docs/guide.md in Debian's headless Chromium, driven by Playwright
// (no browser download). Run by docs/screenshots.sh against a served sample county:
//   dotnet run docs/screenshots/shoot.cs -- BASE_URL ACCOUNTS.tsv PLAN.csv OUT_FOLDER REPORT.html
// ACCOUNTS.tsv is what setup-demo printed; PLAN.csv the plan the portal serves. A principal whose school
// has three to six rows is chosen, so that the page fits a phone screenshot. REPORT.html is a county
// report: its flow maps are cut out of the rendered page, drawn at one and a half times their size.
using Microsoft.Playwright;

var (baseUrl, accountsFile, planFile, outFolder, report) = (args[0], args[1], args[2], args[3], Path.GetFullPath(args[4]));
var accounts = File.ReadLines(accountsFile).Select(l => l.Split('\t')).Where(f => f.Length == 4 && f[0] != "账号").ToList();
var hr = accounts.First(f => f[2] == "人事股");
var rows = File.ReadLines(planFile).Skip(1).Select(l => l.Split(',')).ToList();
var principal = accounts.Where(f => f[2] == "校长")
    .Select(f => (Account: f, School: f[0]["p-".Length..].ToUpperInvariant()))
    .Select(p => (p.Account, Rows: rows.Count(r => r[3] == p.School || r[4] == p.School), Out: rows.Any(r => r[3] == p.School && r[2] != "itinerant")))
    .Where(p => p.Rows is >= 3 and <= 6 && p.Out)
    .Select(p => p.Account)
    .First();

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new()
{
    ExecutablePath = "/usr/bin/chromium",
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});

// The report's county flow map, and the small maps of the towns.
var maps = await (await browser.NewContextAsync(new() { ViewportSize = new() { Width = 800, Height = 1200 }, DeviceScaleFactor = 1.5f })).NewPageAsync();
await maps.GotoAsync(new Uri(report).AbsoluteUri);
await maps.Locator("svg[aria-label='交流流向图：各镇之间']").ScreenshotAsync(new() { Path = Path.Combine(outFolder, "flow-map.png") });
await maps.SetViewportSizeAsync(700, 1200);
await maps.Locator(".town-maps").ScreenshotAsync(new() { Path = Path.Combine(outFolder, "flow-map-towns.png"), Scale = ScreenshotScale.Css });

// The principal, on a phone: objects to the first row, then shows the page, "全部同意" and the password form.
var phone = await SignInAsync(principal[0], principal[1], 412, 1100);
var first = phone.Locator("tr[data-teacher] form").First;
await first.Locator("input[value=object]").CheckAsync();
await first.Locator("textarea").FillAsync("该教师的孩子明年中考，恳请推迟一年交流。");
await first.Locator("button").ClickAsync();
await phone.WaitForURLAsync("**/school");
await ShotAsync(phone, "portal-principal", full: false);
await phone.Locator("#approve-all input[name=confirm]").CheckAsync();
await phone.Locator("#approve-all").ScreenshotAsync(new() { Path = Path.Combine(outFolder, "portal-approve-all.png") });
await phone.ClickAsync("a:has-text('修改密码')");
await phone.ScreenshotAsync(new() { Path = Path.Combine(outFolder, "portal-change-password.png"), Clip = new() { X = 0, Y = 0, Width = 412, Height = 500 } });

// HR, on a desktop: the dashboard with the objection, then the final plan published and the register.
var desk = await SignInAsync(hr[0], hr[1], 1240, 1000);
await ShotAsync(desk, "portal-hr-dashboard", full: true);
await desk.ClickAsync("button:has-text('发布最终方案')");
await desk.GotoAsync("/hr/register");
await ShotAsync(desk, "portal-register", full: false);
Console.WriteLine($"portal screenshots of {principal[0]} ({principal[3]}) and {hr[0]} written to {outFolder}");

async Task<IPage> SignInAsync(string login, string password, int width, int height)
{
    var context = await browser.NewContextAsync(new() { BaseURL = baseUrl, ViewportSize = new() { Width = width, Height = height } });
    var page = await context.NewPageAsync();
    await page.GotoAsync("/");
    await page.FillAsync("input[name=login]", login);
    await page.FillAsync("input[name=password]", password);
    await page.ClickAsync("button:has-text('登录')");
    await page.WaitForURLAsync(url => !url.EndsWith("/login", StringComparison.Ordinal));
    return page;
}

async Task ShotAsync(IPage page, string name, bool full) =>
    await page.ScreenshotAsync(new() { Path = Path.Combine(outFolder, name + ".png"), FullPage = full });
