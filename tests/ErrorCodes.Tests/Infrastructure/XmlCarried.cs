using System.Text;

namespace ErrorCodes.Tests.Infrastructure;

/// <summary>The expected documentation text: what XML 1.0 can hold of a catalog text.</summary>
public static class XmlCarried
{
    /// <summary>The text as XML 1.0 can hold it: characters outside its character range become U+FFFD.</summary>
    public static string Text(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' || (c < ' ' && c is not ('\t' or '\n' or '\r')))
            {
                builder.Append('\uFFFD');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
