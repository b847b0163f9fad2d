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
/// A dossier whose export had no deadline is resolved or in progress, but neither early, on time nor late, neither
/// within nor past its deadline: it is counted apart, and the columns it would fall in are "không có dữ liệu". A
/// dossier withdrawn, refused, paused for additions or cancelled is counted in its own column, in no column (3)–(13).
/// </remarks>
public sealed class DossierStatistics
{
    private readonly Dictionary<string, Counter> _byField = new(StringComparer.Ordinal);
    private int _withFee, _paidOnline, _evaluated, _satisfied;
    // Dossiers received in the window whose export could not say whether they had a fee, were paid online or evaluated.
    private int _feeUnknown, _paymentUnknown, _evaluationUnknown;

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
        public int ResolvedUntimed, InProgressUntimed, Withdrawn, Refused, Paused, Cancelled, Unresolved, EarlierUnknown;
    }

    /// <summary>Counts one dossier; one outside the window is ignored.</summary>
    public void Add(Dossier d)
    {
        _byField.TryGetValue(d.Field, out var counter);
        if (Add(ref counter, d.Received.Ticks, d.Deadline?.Ticks ?? DossierBatch.NoTime, d.Resolved?.Ticks ?? DossierBatch.NoTime, d.Channel, d.WithFee, d.PaidOnline, d.Satisfied,
                d.Status, d.Unknowns))
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
        for (var i = 0; i < batch.Count; i++)
            if (Add(ref counters[fields[i]], received[i], deadline[i], resolved[i], batch.ChannelOf(i), batch.WithFee(i), batch.PaidOnline(i), batch.SatisfiedOf(i),
                    batch.StatusOf(i), batch.UnknownsOf(i)))
                _byField.TryAdd(batch.Fields[fields[i]], counters[fields[i]]!);
    }

    // Times as ticks, DossierBatch.NoTime for none; compared by day. Creates the field's counter when it is null and the dossier
    // counts, and says so.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Add(ref Counter? c, long receivedTicks, long deadlineTicks, long resolvedTicks, SubmissionChannel channel,
        bool withFee, bool paidOnline, bool? satisfied, DossierStatus status, DossierUnknowns unknowns)
    {
        var received = (int)(receivedTicks / TimeSpan.TicksPerDay);
        var resolved = resolvedTicks == DossierBatch.NoTime ? int.MaxValue : (int)(resolvedTicks / TimeSpan.TicksPerDay);
        if (received > _to || resolved < _from) return false;

        var created = c is null;
        c ??= new Counter();
        // Without a result date, a dossier received earlier may or may not still be open: it is noted, not carried over.
        if ((unknowns & DossierUnknowns.Resolution) != 0 && received < _from && status == DossierStatus.Ordinary)
        {
            c.EarlierUnknown++;
            return created;
        }
        switch (status)
        {
            case DossierStatus.Withdrawn: c.Withdrawn++; return created;
            case DossierStatus.Refused: c.Refused++; return created;
            case DossierStatus.Paused: c.Paused++; return created;
            case DossierStatus.Cancelled: c.Cancelled++; return created;
        }
        if (received < _from) c.CarriedOver++;
        else if (channel == SubmissionChannel.Online) c.Online++;
        else c.DirectOrPostal++;

        var deadline = deadlineTicks == DossierBatch.NoTime ? -1 : (int)(deadlineTicks / TimeSpan.TicksPerDay);
        if ((unknowns & DossierUnknowns.Resolution) != 0) c.Unresolved++;
        else if ((unknowns & DossierUnknowns.Deadline) != 0)
        {
            if (resolved <= _to) c.ResolvedUntimed++;
            else c.InProgressUntimed++;
        }
        else if (resolved <= _to)
        {
            if (deadline < 0 || resolved == deadline) c.OnTime++;
            else if (resolved < deadline) c.Early++;
            else c.Late++;
        }
        else if (deadline < 0 || deadline >= _to) c.WithinDeadline++;
        else c.Overdue++;

        if (received >= _from)
        {
            if ((unknowns & DossierUnknowns.Fee) != 0) _feeUnknown++;
            else if (withFee)
            {
                _withFee++;
                if ((unknowns & DossierUnknowns.Payment) != 0) _paymentUnknown++;
                else if (paidOnline) _paidOnline++;
            }
            if ((unknowns & DossierUnknowns.Evaluation) != 0) _evaluationUnknown++;
            else if (satisfied is { } s) { _evaluated++; if (s) _satisfied++; }
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
            f.Value.Early, f.Value.OnTime, f.Value.Late, f.Value.WithinDeadline, f.Value.Overdue)
        {
            ResolvedUntimed = f.Value.ResolvedUntimed, InProgressUntimed = f.Value.InProgressUntimed,
            Withdrawn = f.Value.Withdrawn, Refused = f.Value.Refused, Paused = f.Value.Paused, Cancelled = f.Value.Cancelled,
            Unresolved = f.Value.Unresolved, EarlierUnknown = f.Value.EarlierUnknown,
        })
        .ToList();

    /// <summary>The total row ("Tổng cộng").</summary>
    public DossierTableRow Total => Rows.Aggregate(DossierTableRow.Empty("Tổng cộng"), (sum, row) => sum + row);

    private static readonly StringComparer FieldOrder = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);

    /// <summary>(early + on time) / resolved: early resolutions are on time. None when some resolved dossier's deadline is unknown.</summary>
    public decimal? OnTimeRate
    {
        get
        {
            var total = Total;
            return total.ResolvedUntimed + total.Unresolved + total.EarlierUnknown > 0 ? null : Derivation.OnTimeRate(total.Early, total.OnTime, total.Resolved);
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

    /// <summary>Dossiers whose fee was paid online / dossiers with a fee, received in the window; none when the export could not say.</summary>
    public decimal? OnlinePaymentRate => _feeUnknown > 0 || _paymentUnknown > 0 ? null : Derivation.Rate(_paidOnline, _withFee);

    /// <summary>Satisfied / evaluated, received in the window; null where nobody evaluated or the export could not say.</summary>
    public decimal? SatisfactionRate => _evaluationUnknown > 0 ? null : Derivation.Rate(_satisfied, _evaluated);

    /// <summary>
    /// What goes under the table: the dossiers counted in none of its columns ("Ngoài các cột trên: 12 hồ sơ rút, …"),
    /// then what the exports could not give (<see cref="Unavailable"/>).
    /// </summary>
    public IReadOnlyList<string> Notes
    {
        get
        {
            var total = Total;
            var setAside = total.SetAside.Zip(DossierTableRow.SetAsideHeadings).Where(x => x.First > 0).ToList();
            return (setAside.Count == 0 ? Unavailable : Unavailable.Prepend(DossierStatisticsMessages.SetAside(setAside))).ToList();
        }
    }

    /// <summary>
    /// What these dossiers cannot give because their exports had no column for it, in Vietnamese ("Không có dữ liệu
    /// về hạn giải quyết của 1.200 hồ sơ: …"); empty when every statistic is known.
    /// </summary>
    public IReadOnlyList<string> Unavailable
    {
        get
        {
            var total = Total;
            var untimed = total.ResolvedUntimed + total.InProgressUntimed;
            var unresolved = total.Unresolved + total.EarlierUnknown;
            return new[]
            {
                unresolved > 0 ? DossierStatisticsMessages.NoResult(unresolved) : null,
                untimed > 0 ? DossierStatisticsMessages.NoDeadline(untimed) : null,
                _feeUnknown > 0 ? DossierStatisticsMessages.NoFee(_feeUnknown) : null,
                _paymentUnknown > 0 ? DossierStatisticsMessages.NoPayment(_paymentUnknown) : null,
                _evaluationUnknown > 0 ? DossierStatisticsMessages.NoEvaluation(_evaluationUnknown) : null,
            }.OfType<string>().ToList();
        }
    }
}
