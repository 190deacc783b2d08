// Placeholder walkthrough: the facade issue replaces this with the full eight-week demo.
Console.WriteLine("Progression demo: the engine facade is not built yet.");
