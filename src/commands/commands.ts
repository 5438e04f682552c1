// Ribbon commands (ExecuteFunction) are registered here.
export {};
