"""Letters from the centre's templates."""
