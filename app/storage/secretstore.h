#pragma once

#include <QMap>
#include <QObject>
#include <QString>

#include <functional>

// Where secrets live: asynchronous, so that the window never waits on it. Every callback runs
// later from the event loop, never inside the call that started it.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Status { Ok, NotFound, Unavailable, Denied, Failed };
    enum class Operation { Read, Write, Remove };

    struct Result
    {
        Status status = Status::Ok;
        QString value;   // for read
        QString message; // for the user, when not Ok

        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;

    virtual void read(const QString &key, Callback done) = 0;
    virtual void write(const QString &key, const QString &value, Callback done) = 0;
    virtual void remove(const QString &key, Callback done) = 0;
    // What the user knows it as, e.g. "the system keychain (Secret Service)".
    virtual QString displayName() const = 0;

    // A store that does not answer (no D-Bus, a hung daemon, an unlock prompt nobody answers)
    // is reported unavailable after this long; 10 s unless set.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }

    // Many at once, one after the other. readAll reports each key's result; writeAll and
    // removeAll stop at the first failure and report it (Ok when all went well), with the keys
    // that were done before it. A missing entry is not a failure for removeAll.
    using ManyCallback = std::function<void(const Result &, const QStringList &done)>;
    void readAll(const QStringList &keys, std::function<void(QMap<QString, Result>)> done);
    void writeAll(const QMap<QString, QString> &values, ManyCallback done);
    void removeAll(const QStringList &keys, ManyCallback done);

signals:
    // An operation answered after its timeout had been reported as a failure: what it did in
    // the end. A write that succeeded late left a secret that its caller thinks is not there.
    void lateAnswer(SecretStore::Operation operation, const QString &key,
                    const SecretStore::Result &result);

protected:
    // For implementations: wraps `done` so that whichever comes first, the backend's answer or
    // the timeout, is the one reported; an answer after the timeout goes to lateAnswer().
    Callback settle(Operation operation, const QString &key, Callback done);

private:
    int m_timeoutMs = 10000;
};

// Secrets in memory only: for tests of other classes, and for a session without a keychain.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &value, Callback done) override;
    void remove(const QString &key, Callback done) override;
    QString displayName() const override;

    const QMap<QString, QString> &values() const { return m_values; }

private:
    QMap<QString, QString> m_values;
};
