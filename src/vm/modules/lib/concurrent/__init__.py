# Package marker for concurrent.futures (Interleave's own implementation).
