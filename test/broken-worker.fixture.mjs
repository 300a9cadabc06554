// A stand-in analysis worker whose start fails (as when a model file is missing), for the pool's tests.
throw new Error('model file missing');
