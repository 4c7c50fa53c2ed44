using Krisenstab.Dashboard.Hubs;

namespace Krisenstab.Dashboard.Replay;

/// <summary>Pushes a replay's frames to its viewers only, through the same per-connection pusher as the live picture.</summary>
public sealed class ReplayNotifier(ReplayAudience audience, LatestStatePusher pusher)
{
    public const string ReplayFrameMethod = "replayFrame";

    public void Push(ReplayFrame frame)
    {
        var slot = new PushSlot(ReplayFrameMethod, frame.Replay.ReplayId);
        foreach (var connection in audience.Of(frame.Replay.ReplayId))
        {
            pusher.Push(connection, slot, frame);
        }
    }
}
