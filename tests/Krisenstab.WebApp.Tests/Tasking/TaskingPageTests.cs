using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Krisenstab.WebApp.Tests.Support;

namespace Krisenstab.WebApp.Tests.Tasking;

/// <summary>
/// The tasks' screens as their users meet them; the units are the development settings' (staff in S4 Versorgung,
/// head in S3 Einsatz).
/// </summary>
public class TaskingPageTests(BrowserFixture browser) : PageTest(browser), IClassFixture<BrowserFixture>
{
    private const string Title = "Feldbetten für die Turnhalle Ost beschaffen";

    [Fact]
    public async Task A_head_issues_a_task_which_staff_of_the_unit_accept_and_complete_and_the_issuer_sees_each_step()
    {
        var crisisId = await OpenCrisisAsync("Zugang Ukraine");
        await SignInAsync("head", "/auftraege/erteilt");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Auftrag erteilen" }).ClickAsync();
        var form = Page.GetByRole(AriaRole.Form, new() { Name = "Auftrag erteilen" });
        await form.GetByLabel("Titel").FillAsync(Title);
        await form.GetByLabel("Zuständige Stelle").SelectOptionAsync("S4");
        await form.GetByLabel("Priorität").SelectOptionAsync("urgent");
        await form.GetByLabel("Krise").SelectOptionAsync(crisisId.ToString());
        await form.GetByRole(AriaRole.Button, new() { Name = "Auftrag erteilen" }).DblClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Von mir erteilte Aufträge" })).ToBeVisibleAsync();
        await Expect(IssuedRow().Locator("[data-status]")).ToHaveTextAsync("erteilt");
        var task = Assert.Single((await Gateway.IssuedByHeadAsync()).EnumerateArray());
        Assert.Equal(("S4", "urgent", crisisId), (task.GetProperty("unit").GetString(), task.GetProperty("priority").GetString(), task.GetProperty("crisisId").GetGuid()));

        await Page.GetByRole(AriaRole.Button, new() { Name = "Abmelden" }).ClickAsync();
        await SignInAsync("staff", "/auftraege");
        await Expect(Page.Locator("[data-units]")).ToHaveTextAsync("Ihre Stellen: S4 (Versorgung)");
        var row = Page.Locator($"tr[data-task=\"{Title}\"]");
        await row.GetByRole(AriaRole.Button, new() { Name = $"Annehmen: {Title}" }).ClickAsync();
        await Expect(row.Locator("[data-status]")).ToHaveTextAsync("angenommen");

        await row.GetByRole(AriaRole.Button, new() { Name = $"Fortschritt melden: {Title}" }).ClickAsync();
        var progress = Page.GetByRole(AriaRole.Form, new() { Name = "Fortschritt melden" });
        await progress.GetByLabel("Bemerkung").FillAsync("40 von 120 Betten geliefert");
        await progress.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        await Expect(row.Locator("[data-status]")).ToHaveTextAsync("in Arbeit");

        await row.GetByRole(AriaRole.Button, new() { Name = $"Erledigt melden: {Title}" }).ClickAsync();
        await Page.GetByRole(AriaRole.Form, new() { Name = "Erledigt melden" }).GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        await Expect(row.Locator("[data-status]")).ToHaveTextAsync("erledigt");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Abmelden" }).ClickAsync();
        await SignInAsync("head", "/auftraege/erteilt");
        await Expect(IssuedRow().Locator("[data-status]")).ToHaveTextAsync("erledigt");
        await IssuedRow().Locator("summary").ClickAsync();
        await Expect(IssuedRow().Locator(".task__steps li")).ToHaveCountAsync(4);
        await Expect(IssuedRow().Locator(".task__steps li").Nth(2)).ToContainTextAsync("Fortschritt (staff): 40 von 120 Betten geliefert");
        Assert.Equal("done", Assert.Single((await Gateway.IssuedByHeadAsync()).EnumerateArray()).GetProperty("status").GetString());
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task A_task_of_another_unit_offers_staff_nothing_and_the_API_refuses_them()
    {
        var crisisId = await OpenCrisisAsync();
        var taskId = await Gateway.IssueTaskAsync("Busse für den Transfer bestellen", "S3", DateTimeOffset.UtcNow.AddHours(3), crisisId);
        await SignInAsync("staff", "/auftraege");

        await Expect(Page.GetByText("Keine Aufträge für Ihre Stellen.")).ToBeVisibleAsync();
        using var staff = await Gateway.ClientForAsync("staff");
        using var refused = await staff.PostAsJsonAsync($"/api/tasking/tasks/{taskId}/accept", new { });
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task The_issuer_gives_an_open_task_a_new_due_time_and_another_unit_and_withdraws_it_with_a_reason()
    {
        const string title = "Dolmetscher für die Erstaufnahme anfragen";
        var crisisId = await OpenCrisisAsync();
        var taskId = await Gateway.IssueTaskAsync(title, "S4", DateTimeOffset.UtcNow.AddHours(3), crisisId);
        var newDue = DateTimeOffset.UtcNow.AddDays(2);
        var berlin = TimeZoneInfo.ConvertTime(newDue, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));
        await SignInAsync("head", "/auftraege/erteilt");
        var row = Page.Locator($"tr[data-task=\"{title}\"]");

        await row.GetByRole(AriaRole.Button, new() { Name = $"Fälligkeit ändern: {title}" }).ClickAsync();
        var due = Page.GetByRole(AriaRole.Form, new() { Name = "Fälligkeit ändern" });
        await due.GetByLabel("Fällig am").FillAsync(berlin.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        await due.GetByRole(AriaRole.Button, new() { Name = "Fälligkeit ändern" }).ClickAsync();
        await Expect(due).ToBeHiddenAsync();

        await row.GetByRole(AriaRole.Button, new() { Name = $"Übertragen: {title}" }).ClickAsync();
        var reassign = Page.GetByRole(AriaRole.Form, new() { Name = "An andere Stelle übertragen" });
        await reassign.GetByLabel("Zuständige Stelle").SelectOptionAsync("S3");
        await reassign.GetByRole(AriaRole.Button, new() { Name = "Übertragen" }).ClickAsync();
        await Expect(row.GetByRole(AriaRole.Cell, new() { Name = "S3 (Einsatz)" })).ToBeVisibleAsync();

        await row.GetByRole(AriaRole.Button, new() { Name = $"Zurückziehen: {title}" }).ClickAsync();
        var withdraw = Page.GetByRole(AriaRole.Form, new() { Name = "Auftrag zurückziehen" });
        await withdraw.GetByRole(AriaRole.Button, new() { Name = "Zurückziehen" }).ClickAsync();
        await Expect(withdraw.Locator("[data-form-error]")).ToContainTextAsync("Grund");
        Assert.Equal("issued", (await TaskAsync(taskId)).GetProperty("status").GetString());
        await withdraw.GetByLabel("Grund").FillAsync("Dolmetscherpool des Landkreises übernimmt");
        await withdraw.GetByRole(AriaRole.Button, new() { Name = "Zurückziehen" }).ClickAsync();

        await Expect(row.Locator("[data-status]")).ToHaveTextAsync("zurückgezogen");
        await Expect(row.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        var task = await TaskAsync(taskId);
        Assert.Equal(("cancelled", "S3"), (task.GetProperty("status").GetString(), task.GetProperty("unit").GetString()));
        Assert.Equal(newDue.ToUnixTimeSeconds() / 60, task.GetProperty("dueAt").GetDateTimeOffset().ToUnixTimeSeconds() / 60);
        await row.Locator("summary").ClickAsync();
        await Expect(row.Locator(".task__steps li")).ToHaveTextAsync([new Regex("erteilt"), new Regex("neue Fälligkeit"), new Regex("an andere Stelle übertragen"), new Regex("zurückgezogen")]);
        Assert.Empty(PageErrors);
    }

    private async Task<JsonElement> TaskAsync(Guid id) =>
        (await Gateway.IssuedByHeadAsync()).EnumerateArray().Single(task => task.GetProperty("id").GetGuid() == id);

    private ILocator IssuedRow() => Page.Locator($"tr[data-task=\"{Title}\"]");
}
