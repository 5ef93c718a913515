using System.Collections;
using System.Reflection;
using LiteDB;

namespace EnteTui.Core.Storage;

/// <summary>
/// LiteDB 5.0.x gives every transaction a finalizer that runs its full rollback on the GC thread.
/// When a write failed (disk full) and the rollback or the database's dispose threw, the transaction
/// stays registered and its finalizer later throws on the finalizer thread, which ends the process
/// long after the error was handled (LiteDB issues #2561, #2828; no fixed 5.x release). After a
/// database is disposed, nothing else may touch those transactions, so their finalizers are dropped.
/// </summary>
public static class LiteDbLeftovers
{
    private const BindingFlags Private = BindingFlags.NonPublic | BindingFlags.Instance;

    /// <summary>Disposes <paramref name="db"/>, then drops the finalizers of transactions it left behind.</summary>
    public static void Dispose(LiteDatabase db)
    {
        try
        {
            db.Dispose();
        }
        finally
        {
            ForgetTransactions(db);
        }
    }

    /// <summary>
    /// The open transactions of <paramref name="db"/> through LiteDB's private members
    /// (<c>LiteDatabase._engine</c>, <c>LiteEngine._monitor</c>, <c>TransactionMonitor._transactions</c>);
    /// null when an upgrade renamed one of them (a test fails then).
    /// </summary>
    internal static IDictionary? TransactionsOf(LiteDatabase db)
    {
        var engine = typeof(LiteDatabase).GetField("_engine", Private)?.GetValue(db);
        var monitor = engine?.GetType().GetField("_monitor", Private)?.GetValue(engine);
        return monitor?.GetType().GetField("_transactions", Private)?.GetValue(monitor) as IDictionary;
    }

    private static void ForgetTransactions(LiteDatabase db)
    {
        if (TransactionsOf(db) is not { } transactions)
        {
            return;
        }

        lock (transactions)
        {
            foreach (var transaction in transactions.Values)
            {
                if (transaction is not null)
                {
                    GC.SuppressFinalize(transaction);
                }
            }
        }
    }
}
