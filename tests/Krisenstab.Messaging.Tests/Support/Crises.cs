using Krisenstab.Contracts.Situation;

namespace Krisenstab.Messaging.Tests.Support;

public static class Crises
{
    public static CrisisOpened Opened(int number = 1) =>
        new(Guid.CreateVersion7(), $"Crisis {number}", "Landkreis Test", new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero).AddMinutes(number));
}
