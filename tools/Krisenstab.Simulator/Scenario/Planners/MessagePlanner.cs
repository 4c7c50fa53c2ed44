using Krisenstab.Simulator.Scenario.Commands;

namespace Krisenstab.Simulator.Scenario.Planners;

/// <summary>
/// Messages, each drafted and submitted by the operator and approved and published by the second client two hours
/// later (four eyes): weekly information for the arrivals in German, Ukrainian and Russian; a weekly report to the
/// council; a public notice when an emergency shelter opens.
/// </summary>
public sealed class MessagePlanner(ScenarioPlan plan, string place)
{
    public void PlanWeekly()
    {
        for (var week = 0; week < plan.Settings.Weeks; week++)
        {
            var number = week + 1;
            plan.At(ScenarioPlan.Day(week * 7 + 1, 8), () => Publish("refugees",
            [
                new("de", $"Ankommen in {place}: Anlaufstellen (Woche {number})", "Die Registrierung ist montags bis freitags von 8 bis 16 Uhr geöffnet. Bitte bringen Sie Ihren Pass mit."),
                new("uk", $"Прибуття до {place}: пункти допомоги (тиждень {number})", "Реєстрація працює з понеділка по п'ятницю з 8:00 до 16:00. Будь ласка, візьміть із собою паспорт."),
                new("ru", $"Прибытие в {place}: пункты помощи (неделя {number})", "Регистрация работает с понедельника по пятницу с 8:00 до 16:00. Пожалуйста, возьмите с собой паспорт."),
            ]));
            plan.At(ScenarioPlan.Day(week * 7 + 4, 13), () => Publish("council",
            [
                new("de", $"Bericht an den Kreistag, Woche {number}", "Der Krisenstab berichtet über Zuweisungen, Unterbringung und Personaleinsatz der Woche; die Lagemeldung ist beigefügt."),
            ]));
        }
    }

    public void ShelterOpened(FacilityModel facility)
    {
        var at = plan.Now + TimeSpan.FromHours(1);
        plan.At(at, () => Publish("public",
        [
            new("de", $"{facility.Name} wird Notunterkunft", $"Ab sofort ist die {facility.Name} Notunterkunft für Geflüchtete aus der Ukraine. Der Vereinssport fällt dort bis auf Weiteres aus."),
        ]));
    }

    private void Publish(string audience, IReadOnlyList<Text> texts)
    {
        var key = plan.NewKey("message");
        plan.Add(new DraftMessage(plan.Now, key, audience, texts));
        plan.Add(new ApproveAndPublishMessage(plan.Now + TimeSpan.FromHours(2), key));
    }
}
