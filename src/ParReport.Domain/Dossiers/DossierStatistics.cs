using ParReport.Domain.Periods;
using ParReport.Domain.Reports;

namespace ParReport.Domain.Dossiers;

/// <summary>
/// The dossier results of a cut-off window [from, to], by field and in total, and the rates that follow from them.
/// Dossiers are read once, one at a time, so any number of them can be counted in constant memory.
/// </summary>
/// <remarks>
/// A dossier counts in the window when it was received by its last day and was not resolved before its first day.
/// Received in the window: online, or direct/postal. Received before it and still open at its start: carried over.
/// Resolved within the window: early (a day or more before the deadline), on time (on the deadline day, or no
/// deadline), late (after it). Not resolved by the last day: in progress, within the deadline or overdue at that day.
/// Each dossier falls in exactly one column of each group, so the identities of the table hold by construction.
/// </remarks>
public sealed class DossierStatistics
{
    private readonly Dictionary<string, Counter> _byField = new(StringComparer.Ordinal);
    private int _withFee, _paidOnline, _evaluated, _satisfied;

    public DossierStatistics(CutOffWindow window) => Window = window;

    public CutOffWindow Window { get; }

    private sealed class Counter
    {
        public int Online, DirectOrPostal, CarriedOver, Early, OnTime, Late, WithinDeadline, Overdue;
    }

    /// <summary>Counts one dossier; one outside the window is ignored.</summary>
    public void Add(Dossier dossier)
    {
        var received = DateOnly.FromDateTime(dossier.Received);
        var resolved = dossier.Resolved is { } r ? DateOnly.FromDateTime(r) : (DateOnly?)null;
        if (received > Window.To || resolved < Window.From) return;

        if (!_byField.TryGetValue(dossier.Field, out var c)) _byField[dossier.Field] = c = new Counter();
        if (received < Window.From) c.CarriedOver++;
        else if (dossier.Channel == SubmissionChannel.Online) c.Online++;
        else c.DirectOrPostal++;

        var deadline = dossier.Deadline is { } d ? DateOnly.FromDateTime(d) : (DateOnly?)null;
        if (resolved is { } done && done <= Window.To)
        {
            if (deadline is null || done == deadline) c.OnTime++;
            else if (done < deadline) c.Early++;
            else c.Late++;
        }
        else if (deadline is null || deadline >= Window.To) c.WithinDeadline++;
        else c.Overdue++;

        if (received >= Window.From)
        {
            if (dossier.Fee is > 0) { _withFee++; if (dossier.PaidOnline) _paidOnline++; }
            if (dossier.Satisfied is { } satisfied) { _evaluated++; if (satisfied) _satisfied++; }
        }
    }

    public void AddRange(IEnumerable<Dossier> dossiers)
    {
        foreach (var dossier in dossiers) Add(dossier);
    }

    /// <summary>One row per field, in Vietnamese alphabetical order.</summary>
    public IReadOnlyList<DossierTableRow> Rows => _byField
        .OrderBy(f => f.Key, FieldOrder)
        .Select(f => new DossierTableRow(f.Key, f.Value.Online, f.Value.DirectOrPostal, f.Value.CarriedOver,
            f.Value.Early, f.Value.OnTime, f.Value.Late, f.Value.WithinDeadline, f.Value.Overdue))
        .ToList();

    /// <summary>The total row ("Tổng cộng").</summary>
    public DossierTableRow Total => Rows.Aggregate(DossierTableRow.Empty("Tổng cộng"), (sum, row) => sum + row);

    private static readonly StringComparer FieldOrder = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);

    /// <summary>(early + on time) / resolved: early resolutions are on time.</summary>
    public decimal? OnTimeRate
    {
        get
        {
            var total = Total;
            return Derivation.OnTimeRate(total.Early, total.OnTime, total.Resolved);
        }
    }

    /// <summary>Online / received in the window (carried-over dossiers were counted in their own period).</summary>
    public decimal? OnlineRate
    {
        get
        {
            var total = Total;
            return Derivation.Rate(total.Online, total.Online + total.DirectOrPostal);
        }
    }

    /// <summary>Dossiers whose fee was paid online / dossiers with a fee, received in the window.</summary>
    public decimal? OnlinePaymentRate => Derivation.Rate(_paidOnline, _withFee);

    /// <summary>Satisfied / evaluated, received in the window; null where nobody evaluated.</summary>
    public decimal? SatisfactionRate => Derivation.Rate(_satisfied, _evaluated);
}
