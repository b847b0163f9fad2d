namespace ParReport.Domain.Workflow;

/// <summary>A step of a report's workflow; each is allowed to one role of one unit (<see cref="ReportWorkflow"/>).</summary>
public enum ReportTransition
{
    /// <summary>The compiler sends the finished report to the leader: nháp / trả lại → chờ ký.</summary>
    SendToLeader,
    /// <summary>The compiler calls it back, or the leader sends it back, to edit: chờ ký → nháp.</summary>
    CallBack,
    /// <summary>The leader signs off, fixing the document's number and date, and it goes up: chờ ký → đã gửi.</summary>
    SignOff,
    /// <summary>The upper level's reviewer returns it with reasons: đã gửi → trả lại.</summary>
    Return,
    /// <summary>The upper level's reviewer accepts it: đã gửi → đã tiếp nhận.</summary>
    Accept,
    /// <summary>The upper level reopens an accepted report for a correction, with a reason: đã tiếp nhận → trả lại.</summary>
    Reopen,
}
