namespace Progression.Coach.Coaching;

/// <summary>The sentence of an error, for a page or a problem's <c>detail</c>.</summary>
public static class ErrorText
{
    /// <summary>
    /// The message without what .NET appends for developers (" (Parameter 'Rpe')", "Actual value was 11."): the library's
    /// sentence already names the field, the value and what is allowed.
    /// </summary>
    public static string Of(Exception error)
    {
        var message = error.Message;
        var parameter = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        if (parameter >= 0)
        {
            message = message[..parameter];
        }

        var actual = message.IndexOf(Environment.NewLine + "Actual value was", StringComparison.Ordinal);
        return (actual >= 0 ? message[..actual] : message).Trim();
    }
}
