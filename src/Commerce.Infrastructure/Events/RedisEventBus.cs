using System.Text.Json;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Commerce.Infrastructure.Events;

/// <summary>
/// Redis pub/sub between instances: the relay of any instance publishes each batch as one message on
/// <see cref="EventBusOptions.RedisChannel"/>; every instance (the publisher too) hears it and hands it to its
/// local subscribers, in order (a <see cref="ChannelMessageQueue"/> handles messages one at a time). Pub/sub keeps
/// nothing: what is published while an instance cannot hear is caught up from the outbox table by its
/// subscriptions when the connection comes back (<see cref="IEventSubscriber.OnConnectionChanged"/>).
/// </summary>
public sealed class RedisEventBus : IEventBus, IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly EventFanOut _fanOut = new();
    private readonly ConnectionMultiplexer _redis;
    private readonly RedisChannel _channel;
    private readonly ILogger _logger;
    private int _connected;

    public RedisEventBus(EventBusOptions options, ILogger<RedisEventBus> logger)
    {
        _logger = logger;
        _channel = RedisChannel.Literal(options.RedisChannel);
        var configuration = ConfigurationOptions.Parse(options.RedisConfiguration!);
        configuration.AbortOnConnectFail = false;                  // start without Redis; connect when it comes
        configuration.BacklogPolicy = BacklogPolicy.FailFast;      // the relay retries; a queue here would hide the outage
        configuration.ReconnectRetryPolicy = new LinearRetry(options.RedisReconnectMilliseconds);
        _redis = ConnectionMultiplexer.Connect(configuration);
        _redis.ConnectionFailed += (_, e) => OnConnectionFailed(e);
        _redis.ConnectionRestored += (_, e) => OnConnectionRestored(e);
        _redis.GetSubscriber().Subscribe(_channel).OnMessage(message => Receive(message.Message));
        _connected = _redis.IsConnected ? 1 : 0;
    }

    public bool IsConnected => Volatile.Read(ref _connected) == 1 && _redis.IsConnected;

    public async Task PublishAsync(IReadOnlyList<OutboxEvent> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return;
        }

        if (!_redis.IsConnected)
        {
            throw new RedisConnectionException(ConnectionFailureType.UnableToConnect, "Redis is not connected.");
        }

        await _redis.GetSubscriber().PublishAsync(_channel, JsonSerializer.Serialize(events, Json)).WaitAsync(cancellationToken);
    }

    public IDisposable Subscribe(IEventSubscriber subscriber) => _fanOut.Add(subscriber);

    public void Dispose() => _redis.Dispose();

    private void Receive(RedisValue message)
    {
        try
        {
            foreach (var outboxEvent in JsonSerializer.Deserialize<OutboxEvent[]>(message.ToString(), Json) ?? [])
            {
                _fanOut.Deliver(outboxEvent);
            }
        }
        catch (JsonException ex)
        {
            _logger.LogWarning(ex, "Ignored a message on the event channel that is not an event batch");
        }
    }

    private void OnConnectionFailed(ConnectionFailedEventArgs e)
    {
        if (Interlocked.Exchange(ref _connected, 0) == 1)
        {
            _logger.LogWarning("Event bus lost Redis ({Failure}); subscriptions wait and catch up when it returns", e.FailureType);
            _fanOut.ConnectionChanged(false);
        }
    }

    private void OnConnectionRestored(ConnectionFailedEventArgs e)
    {
        if (e.ConnectionType != ConnectionType.Subscription && !_redis.IsConnected)
        {
            return;
        }

        // Resubscribing follows the restore; subscriptions catch up from the table once the channel is live again.
        _ = Task.Run(async () =>
        {
            var subscriber = _redis.GetSubscriber();
            for (var i = 0; i < 50 && !subscriber.IsConnected(_channel); i++)
            {
                await Task.Delay(100);
            }

            if (Interlocked.Exchange(ref _connected, 1) == 0)
            {
                _logger.LogInformation("Event bus reconnected to Redis");
                _fanOut.ConnectionChanged(true);
            }
        });
    }
}
