using System.Runtime.CompilerServices;
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

    // The window's days as day numbers (days since 1 January of year 1, as ticks / ticks per day).
    private readonly int _from, _to;

    public DossierStatistics(CutOffWindow window)
    {
        Window = window;
        (_from, _to) = (window.From.DayNumber, window.To.DayNumber);
    }

    public CutOffWindow Window { get; }

    private sealed class Counter
    {
        public int Online, DirectOrPostal, CarriedOver, Early, OnTime, Late, WithinDeadline, Overdue;
    }

    /// <summary>Counts one dossier; one outside the window is ignored.</summary>
    public void Add(Dossier d)
    {
        _byField.TryGetValue(d.Field, out var counter);
        if (Add(ref counter, d.Received.Ticks, d.Deadline?.Ticks ?? DossierBatch.NoTime, d.Resolved?.Ticks ?? DossierBatch.NoTime, d.Channel, d.Fee > 0, d.PaidOnline, d.Satisfied))
            _byField.TryAdd(d.Field, counter!);
    }

    /// <summary>Counts the dossiers of a batch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(DossierBatch batch)
    {
        var counters = new Counter?[batch.Fields.Count];
        for (var f = 0; f < counters.Length; f++) _byField.TryGetValue(batch.Fields[f], out counters[f]);
        var fields = batch.FieldIds;
        var received = batch.ReceivedTicks;
        var deadline = batch.DeadlineTicks;
        var resolved = batch.ResolvedTicks;
        var fees = batch.FeeHundredths;
        for (var i = 0; i < batch.Count; i++)
            if (Add(ref counters[fields[i]], received[i], deadline[i], resolved[i], batch.ChannelOf(i), fees[i] > 0, batch.PaidOnline(i), batch.SatisfiedOf(i)))
                _byField.TryAdd(batch.Fields[fields[i]], counters[fields[i]]!);
    }

    // Times as ticks, DossierBatch.NoTime for none; compared by day. Creates the field's counter when it is null and the dossier
    // counts, and says so.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Add(ref Counter? c, long receivedTicks, long deadlineTicks, long resolvedTicks, SubmissionChannel channel,
        bool withFee, bool paidOnline, bool? satisfied)
    {
        var received = (int)(receivedTicks / TimeSpan.TicksPerDay);
        var resolved = resolvedTicks == DossierBatch.NoTime ? int.MaxValue : (int)(resolvedTicks / TimeSpan.TicksPerDay);
        if (received > _to || resolved < _from) return false;

        var created = c is null;
        c ??= new Counter();
        if (received < _from) c.CarriedOver++;
        else if (channel == SubmissionChannel.Online) c.Online++;
        else c.DirectOrPostal++;

        var deadline = deadlineTicks == DossierBatch.NoTime ? -1 : (int)(deadlineTicks / TimeSpan.TicksPerDay);
        if (resolved <= _to)
        {
            if (deadline < 0 || resolved == deadline) c.OnTime++;
            else if (resolved < deadline) c.Early++;
            else c.Late++;
        }
        else if (deadline < 0 || deadline >= _to) c.WithinDeadline++;
        else c.Overdue++;

        if (received >= _from)
        {
            if (withFee) { _withFee++; if (paidOnline) _paidOnline++; }
            if (satisfied is { } s) { _evaluated++; if (s) _satisfied++; }
        }
        return created;
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
