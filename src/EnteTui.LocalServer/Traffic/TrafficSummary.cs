namespace EnteTui.LocalServer.Traffic;

/// <summary>A user's object traffic: <see cref="Sent"/> = downloads served, <see cref="Received"/> = uploads.</summary>
public sealed record TrafficSummary(TrafficDirection Sent, TrafficDirection Received);
