namespace Progression.Coach.Coaching;

/// <summary>The client or session is not there, or belongs to another coach (who must not learn it exists).</summary>
public sealed class NotFoundException() : Exception("Not found.");

/// <summary>The stored state moved on since the caller read it, or the session cannot take the change any more.</summary>
public sealed class ConflictException(string message, long? currentVersion = null, long? yourVersion = null) : Exception(message)
{
    /// <summary>The version stored now, when the conflict is about versions.</summary>
    public long? CurrentVersion { get; } = currentVersion;

    /// <summary>The version the caller had.</summary>
    public long? YourVersion { get; } = yourVersion;

    /// <summary>The sentence every version conflict shows.</summary>
    public static ConflictException Version(long current, long yours) => new(
        $"This client was changed on another device (version {current}, you had {yours}). Reload and try again.", current, yours);
}
