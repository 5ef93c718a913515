namespace EnteTui.Tests;
