-- CreateEnum
CREATE TYPE "Salutation" AS ENUM ('ong', 'ba');

-- AlterTable
ALTER TABLE "Member" ADD COLUMN     "salutation" "Salutation";
