using System;
using System.Globalization;

namespace ErrorCodes.Tests.Infrastructure;

/// <summary>
/// Sets the current cultures of this test's thread and restores them on <see cref="Dispose"/>, so a test that fails
/// halfway leaves no culture behind for the next test on the thread.
/// </summary>
public sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    /// <summary>Sets the current culture, and the current UI culture when one is given (otherwise it stays as it is).</summary>
    public CultureScope(CultureInfo culture, CultureInfo? uiCulture = null)
    {
        CultureInfo.CurrentCulture = culture;
        if (uiCulture is not null)
        {
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    public CultureScope(string culture, string uiCulture)
        : this(CultureInfo.GetCultureInfo(culture), CultureInfo.GetCultureInfo(uiCulture))
    {
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
