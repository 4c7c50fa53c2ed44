global using Krisenstab.Testing;
global using Microsoft.Extensions.Configuration;
