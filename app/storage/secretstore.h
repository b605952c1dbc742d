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

    // Many at once, one after the other. readAll reports each key's result; writeAll and
    // removeAll stop at the first failure and report it (Ok when all went well). A missing
    // entry is not a failure for removeAll.
    void readAll(const QStringList &keys, std::function<void(QMap<QString, Result>)> done);
    void writeAll(const QMap<QString, QString> &values, Callback done);
    void removeAll(const QStringList &keys, Callback done);
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
