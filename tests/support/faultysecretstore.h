#pragma once

#include "storage/secretstore.h"

#include <QDeadlineTimer>
#include <QTimer>

// A Secret Service that misbehaves on request, behind the same interface as the real one, for
// fault injection: slow answers (after the timeout too), the k-th write failing, removals
// refused, a keyring locked until some moment (an unlock prompt nobody answers at once).
class FaultySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    // Every answer comes this late.
    void setDelay(int milliseconds) { m_delayMs = milliseconds; }
    // The k-th write from now on fails (1 for the next one); 0 for none.
    void failWrite(int k) { m_failWrite = k; }
    void refuseRemovals(bool refuse) { m_refuseRemovals = refuse; }
    // Until then, every operation waits for the unlock, as behind an unlock prompt.
    void lockFor(int milliseconds) { m_unlocked = QDeadlineTimer(milliseconds); }

    const QMap<QString, QString> &values() const { return m_values; }
    QStringList keysOf(const QString &profileId) const
    {
        QStringList keys;
        for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
            if (it.key().startsWith(profileId + QLatin1Char('/')))
                keys << it.key().mid(profileId.size() + 1);
        }
        return keys;
    }

    void read(const QString &key, Callback done) override
    {
        answer(Operation::Read, key, std::move(done), [this, key] {
            Result result;
            if (m_values.contains(key))
                result.value = m_values.value(key);
            else
                result.status = Status::NotFound;
            return result;
        });
    }

    void write(const QString &key, const QString &value, Callback done) override
    {
        const bool fail = m_failWrite > 0 && --m_failWrite == 0;
        answer(Operation::Write, key, std::move(done), [this, key, value, fail] {
            if (fail)
                return Result{Status::Failed, {}, QStringLiteral("write refused (injected)")};
            m_values.insert(key, value);
            return Result{};
        });
    }

    void remove(const QString &key, Callback done) override
    {
        answer(Operation::Remove, key, std::move(done), [this, key] {
            if (m_refuseRemovals)
                return Result{Status::Denied, {}, QStringLiteral("removal refused (injected)")};
            return m_values.remove(key) ? Result{} : Result{Status::NotFound, {}, {}};
        });
    }

    QString displayName() const override { return QStringLiteral("the faulty keychain"); }

private:
    // The effect happens when the answer comes, as with a real backend.
    void answer(Operation operation, const QString &key, Callback done,
                std::function<Result()> effect)
    {
        const Callback settled = settle(operation, key, std::move(done));
        const int wait = qMax<qint64>(m_delayMs, m_unlocked.remainingTime());
        QTimer::singleShot(wait, this, [settled, effect] { settled(effect()); });
    }

    QMap<QString, QString> m_values;
    int m_delayMs = 0;
    int m_failWrite = 0;
    bool m_refuseRemovals = false;
    QDeadlineTimer m_unlocked{0};
};
