namespace Krisenstab.Accommodation.Reservations;

/// <summary>Places held for an announced arrival; <see cref="Places"/> is what is still held (placements take from it).</summary>
public sealed record Reservation(Guid Id, int Places, DateTimeOffset ExpiresAt, string? Reference)
{
    public bool IsDueAt(DateTimeOffset now) => ExpiresAt <= now;
}
