import { registerDecorator, ValidationOptions } from 'class-validator';
import { isValidCalendarDate, isValidTimeZone } from '@app/domain';

export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `${String(propertyName)} must be an existing date written YYYY-MM-DD`, ...options },
      validator: { validate: (value: unknown) => value === null || (typeof value === 'string' && isValidCalendarDate(value)) },
    });
}

export function IsTimeZone(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isTimeZone',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `${String(propertyName)} must be an IANA time zone such as Europe/Moscow`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && value.length <= 64 && isValidTimeZone(value) },
    });
}

/** Rejects strings that are empty once trimmed: a subject of spaces says nothing. */
export function IsNotBlank(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isNotBlank',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `${String(propertyName)} must not be empty`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && value.trim().length > 0 },
    });
}
