Console.WriteLine("EnteTui benchmarks: none yet.");
